import type { ProcedureSummary } from '@motcua/shared';
import { AutoComplete, Input } from 'antd';
import { useState } from 'react';
import { useI18n } from '@/i18n';
import { useDeskProcedureSearch } from '../api/search-procedures';

/**
 * The first field of the desk: focused on load, the officer types a code (1.000426) or words of the
 * name without diacritics, moves with the arrow keys and takes one with Enter.
 */
export function ProcedurePicker({ onPick }: { onPick: (procedure: ProcedureSummary) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const search = useDeskProcedureSearch(text);
  // Results of an earlier, shorter text are never offered: a fast Enter after typing a code must take the match
  // for the whole code, not the first result of what was typed a moment before.
  const items = text.trim().length >= 2 && !search.isPlaceholderData ? (search.data?.items ?? []) : [];
  return (
    <div>
      <label htmlFor="desk-procedure-search" className="field-label">
        {t('dossiers.desk.procedureLabel')}
      </label>
      <AutoComplete
        id="desk-procedure-search"
        autoFocus
        defaultActiveFirstOption
        value={text}
        onChange={(value: string) => setText(value)}
        onSelect={(id: string) => {
          const procedure = items.find((item) => item.id === id);
          if (procedure) onPick(procedure);
          setText('');
        }}
        options={items.map((procedure) => ({
          value: procedure.id,
          label: (
            <div className="desk-procedure-option" data-testid="desk-procedure-option">
              <code>{procedure.code}</code> {procedure.name}
              {procedure.competentAgency ? <div className="muted-text">{procedure.competentAgency}</div> : null}
            </div>
          ),
        }))}
        notFoundContent={text.trim().length >= 2 && !search.isFetching ? t('dossiers.desk.noProcedure') : null}
        popupMatchSelectWidth
        style={{ width: '100%' }}
        data-testid="desk-procedure-search"
      >
        <Input size="large" placeholder={t('dossiers.desk.procedurePlaceholder')} aria-describedby="desk-procedure-help" />
      </AutoComplete>
      <div id="desk-procedure-help" className="muted-text" style={{ marginTop: 4 }}>
        {t('dossiers.desk.procedureHelp')}
      </div>
    </div>
  );
}
