import type { EFormAnswer } from '@motcua/shared';
import './e-form-answers.css';

function AnswerList({ entries, nested }: { entries: EFormAnswer[]; nested?: boolean }) {
  return (
    <dl className={nested ? 'e-form-answers-list e-form-answers-nested' : 'e-form-answers-list'}>
      {entries.map((entry) =>
        entry.children ? (
          <div key={entry.path} className="e-form-answers-group">
            <dt className="e-form-answers-group-label">{entry.label}</dt>
            <dd>
              <AnswerList entries={entry.children} nested />
            </dd>
          </div>
        ) : (
          <div key={entry.path} className="e-form-answers-row">
            <dt>{entry.label}</dt>
            <dd>{entry.value}</dd>
          </div>
        ),
      )}
    </dl>
  );
}

/**
 * What the applicant declared in the e-form, read-only: label and answer per line, in the form's order, groups
 * (nested objects, the items of a list) indented under their label. The words come from the server
 * (`describeEFormAnswers`), so the officer's and the applicant's pages show the same thing.
 */
export function EFormAnswers({ answers }: { answers: EFormAnswer[] }) {
  return (
    <div className="e-form-answers" data-testid="e-form-answers" lang="vi">
      <AnswerList entries={answers} />
    </div>
  );
}
