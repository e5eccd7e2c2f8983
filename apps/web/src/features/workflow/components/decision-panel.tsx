import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import type { WorkflowDetail } from '@motcua/shared';
import { App, Button, Flex, Input, Modal, type ButtonProps } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useI18n } from '@/i18n';
import { useApproveVersion, useRejectVersion } from '../api/mutations';

/** A leader's decision on the version waiting for one: approve (with an optional note) or send back with a reason. */
export function DecisionPanel({ workflow, number }: { workflow: WorkflowDetail; number: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const approve = useApproveVersion();
  const reject = useRejectVersion();
  const [note, setNote] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);

  const onApprove = async () => {
    try {
      await approve.mutateAsync({ id: workflow.id, number, note: note.trim() || null });
      message.success(t('workflow.decide.approved', { number }));
    } catch {
      // Shown below.
    }
  };
  const onReject = async () => {
    if (!reason.trim()) {
      setReasonMissing(true);
      return;
    }
    try {
      await reject.mutateAsync({ id: workflow.id, number, reason: reason.trim() });
      message.success(t('workflow.decide.rejected', { number }));
      setRejecting(false);
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <section data-testid="workflow-decision">
      {approve.error ? <ErrorAlert error={approve.error} /> : null}
      <div className="wf-field" style={{ marginBottom: 8 }}>
        <label htmlFor="workflow-approve-note">{t('workflow.decide.approveNote')}</label>
        <Input.TextArea id="workflow-approve-note" rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <Flex gap={8} wrap>
        <Button type="primary" icon={<CheckOutlined aria-hidden />} loading={approve.isPending} onClick={() => void onApprove()} data-testid="workflow-approve">
          {t('workflow.decide.approve', { number })}
        </Button>
        <Button danger icon={<RollbackOutlined aria-hidden />} onClick={() => setRejecting(true)} data-testid="workflow-reject">
          {t('workflow.decide.reject')}
        </Button>
      </Flex>
      <Modal
        open={rejecting}
        title={t('workflow.decide.rejectTitle', { number })}
        okText={t('workflow.decide.reject')}
        okButtonProps={{ danger: true, loading: reject.isPending, 'data-testid': 'workflow-reject-confirm' } as ButtonProps}
        cancelText={t('common.cancel')}
        onOk={() => void onReject()}
        onCancel={() => setRejecting(false)}
      >
        {reject.error ? <ErrorAlert error={reject.error} /> : null}
        <div className="wf-field">
          <label htmlFor="workflow-reject-reason">{t('workflow.decide.reason')}</label>
          <Input.TextArea
            id="workflow-reject-reason"
            rows={3}
            maxLength={1000}
            value={reason}
            status={reasonMissing ? 'error' : undefined}
            aria-invalid={reasonMissing}
            aria-describedby={reasonMissing ? 'workflow-reject-reason-error' : undefined}
            onChange={(e) => {
              setReason(e.target.value);
              setReasonMissing(false);
            }}
          />
          {reasonMissing ? <div id="workflow-reject-reason-error" role="alert" style={{ color: '#b3261e' }}>{t('workflow.decide.reasonRequired')}</div> : null}
        </div>
      </Modal>
    </section>
  );
}
