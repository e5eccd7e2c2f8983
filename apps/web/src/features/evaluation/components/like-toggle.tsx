import { DislikeOutlined, LikeOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useI18n } from '@/i18n';

interface LikeToggleProps {
  value?: boolean | undefined;
  onChange?: (value: boolean) => void;
  'aria-describedby'?: string;
}

/** Two toggle buttons, exactly one pressed once chosen (Decision 766 counts the dislikes). */
export function LikeToggle({ value, onChange, ...rest }: LikeToggleProps) {
  const { t } = useI18n();
  return (
    <Flex gap={12} wrap className="rating-like-toggle">
      <Button
        size="large"
        type={value === true ? 'primary' : 'default'}
        icon={<LikeOutlined aria-hidden />}
        aria-pressed={value === true}
        aria-describedby={rest['aria-describedby']}
        onClick={() => onChange?.(true)}
        data-testid="rating-like"
      >
        {t('evaluation.form.like')}
      </Button>
      <Button
        size="large"
        danger={value === false}
        type={value === false ? 'primary' : 'default'}
        icon={<DislikeOutlined aria-hidden />}
        aria-pressed={value === false}
        aria-describedby={rest['aria-describedby']}
        onClick={() => onChange?.(false)}
        data-testid="rating-dislike"
      >
        {t('evaluation.form.dislike')}
      </Button>
    </Flex>
  );
}
