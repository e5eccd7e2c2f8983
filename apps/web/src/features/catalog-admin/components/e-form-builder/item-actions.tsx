import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useI18n } from '@/i18n';
import { RemoveRowButton } from '../form-helpers';

export interface ItemMoves {
  onMoveUp?: (() => void) | undefined;
  onMoveDown?: (() => void) | undefined;
  onRemove: () => void;
}

/** Move up, move down, remove: the order of the fields is the order of the form. */
export function ItemActions({ name, onMoveUp, onMoveDown, onRemove }: ItemMoves & { name: string }) {
  const { t } = useI18n();
  return (
    <Flex gap={2} justify="end" className="efb-actions">
      <Button type="text" icon={<ArrowUpOutlined aria-hidden />} aria-label={`${t('eFormBuilder.moveUp')}: ${name}`} title={t('eFormBuilder.moveUp')} disabled={!onMoveUp} onClick={onMoveUp} />
      <Button type="text" icon={<ArrowDownOutlined aria-hidden />} aria-label={`${t('eFormBuilder.moveDown')}: ${name}`} title={t('eFormBuilder.moveDown')} disabled={!onMoveDown} onClick={onMoveDown} />
      <RemoveRowButton onClick={onRemove} label={t('eFormBuilder.removeItem', { name })} />
    </Flex>
  );
}
