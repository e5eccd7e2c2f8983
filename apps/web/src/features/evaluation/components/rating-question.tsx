import type { RatingQuestionView } from '@motcua/shared';
import { Form, Radio } from 'antd';
import { useI18n } from '@/i18n';

/** One index as a radio group in its own fieldset: the legend is the question, read out with each option. */
export function RatingQuestion({ question }: { question: RatingQuestionView }) {
  const { t } = useI18n();
  const hintId = `rating-hint-${question.key}`;
  return (
    <fieldset className="rating-question" data-testid={`rating-question-${question.key}`}>
      <legend className="rating-legend">
        <span className="rating-number">{question.number}.</span> {question.text}
      </legend>
      {question.hint ? (
        <p id={hintId} className="rating-hint">
          {question.hint}
        </p>
      ) : null}
      <Form.Item name={['answers', question.key]} rules={[{ required: true, message: t('evaluation.form.answerRequired', { number: question.number }) }]}>
        <Radio.Group className="rating-options" aria-describedby={question.hint ? hintId : undefined}>
          {question.options.map((option) => (
            <Radio key={option.key} value={option.key} className="rating-option">
              {option.label}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
    </fieldset>
  );
}
