import type { DossierRatingPage, RatingView } from '@motcua/shared';
import { Alert, Button, Form, Input, Result, Skeleton, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { formatDate } from '@/lib/dates';
import { useDossierRating } from '../api/get-rating';
import { useSubmitRating } from '../api/submit-rating';
import { LikeToggle } from './like-toggle';
import { RatingQuestion } from './rating-question';
import '../evaluation.css';

interface RatingValues {
  answers: Record<string, string | undefined>;
  liked?: boolean;
  comment?: string;
}

function Thanks({ rating, justSent }: { rating: RatingView; justSent: boolean }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // After sending, focus moves to the confirmation so a screen reader announces it.
  useEffect(() => {
    if (justSent) heading.current?.focus();
  }, [justSent]);
  return (
    <Result
      status="success"
      className="rating-thanks"
      title={
        <h3 ref={heading} tabIndex={-1} className="rating-thanks-title" data-testid="rating-thanks">
          {t('evaluation.thanks.title')}
        </h3>
      }
      subTitle={t('evaluation.thanks.text', { date: formatDate(rating.createdAt), verdict: rating.liked ? t('evaluation.form.like') : t('evaluation.form.dislike') })}
    />
  );
}

function Questions({ page, dossierId, onSent }: { page: DossierRatingPage; dossierId: string; onSent: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<RatingValues>();
  const submit = useSubmitRating();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  // Every question present (unanswered), so the server's field errors land on their own question.
  const initialValues: RatingValues = { answers: Object.fromEntries(page.questionSet.questions.map((q) => [q.key, undefined])) };

  const onFinish = (values: RatingValues) => {
    clearError();
    const answers = Object.fromEntries(Object.entries(values.answers).filter((e): e is [string, string] => typeof e[1] === 'string'));
    submit.mutate({ dossierId, answers, liked: values.liked === true, comment: values.comment?.trim() || null }, { onSuccess: onSent, onError: handleError });
  };

  return (
    <Form<RatingValues> form={form} layout="vertical" name={`rating-${dossierId}`} initialValues={initialValues} onFinish={onFinish} scrollToFirstError requiredMark={false} className="rating-form">
      <Typography.Paragraph className="rating-lead">{t('evaluation.form.lead', { code: page.dossier.code })}</Typography.Paragraph>
      {generalError ? <ErrorAlert error={generalError} /> : null}
      {page.questionSet.questions.map((question) => (
        <RatingQuestion key={question.key} question={question} />
      ))}
      <fieldset className="rating-question">
        <legend className="rating-legend">{t('evaluation.form.overall')}</legend>
        <Form.Item name="liked" rules={[{ required: true, message: t('evaluation.form.likeRequired') }]}>
          <LikeToggle />
        </Form.Item>
      </fieldset>
      <Form.Item name="comment" label={t('evaluation.form.comment')} rules={[{ max: 1000, message: t('evaluation.form.commentTooLong') }]}>
        <Input.TextArea rows={3} maxLength={1000} showCount data-testid="rating-comment" />
      </Form.Item>
      <Typography.Paragraph type="secondary" className="rating-citation">
        {t('evaluation.form.citation', { citation: page.questionSet.citation })}
      </Typography.Paragraph>
      <Button type="primary" size="large" htmlType="submit" loading={submit.isPending} className="rating-submit" data-testid="rating-submit">
        {t('evaluation.form.submit')}
      </Button>
    </Form>
  );
}

/**
 * The applicant rates how the dossier was handled: the nine Decree 61 questions in plain words, like or dislike, a
 * comment. For the portal's dossier page; shows the thank-you once rated, or why rating is not open yet.
 */
export function RatingForm({ dossierId }: { dossierId: string }) {
  const { t } = useI18n();
  const rating = useDossierRating(dossierId);
  const [justSent, setJustSent] = useState(false);

  let body;
  if (rating.isPending) body = <Skeleton active />;
  else if (rating.isError) body = <ErrorAlert error={rating.error} title={t('errors.loadFailed')} onRetry={() => void rating.refetch()} />;
  else if (rating.data.rating) body = <Thanks rating={rating.data.rating} justSent={justSent} />;
  else if (!rating.data.canRate) body = <Alert type="info" showIcon title={rating.data.cannotRateReason ?? t('evaluation.form.notOpen')} data-testid="rating-closed" />;
  else body = <Questions page={rating.data} dossierId={dossierId} onSent={() => setJustSent(true)} />;

  return (
    <section className="rating-panel" aria-labelledby={`rating-heading-${dossierId}`} data-testid="rating-form">
      <h2 id={`rating-heading-${dossierId}`} className="rating-heading">
        {t('evaluation.form.heading')}
      </h2>
      {body}
    </section>
  );
}
