import type { DecisionAction, DecisionInput, LegalBasisItem, PublicationDecision } from '@motcua/shared';
import { textOrNull } from './procedure-form';

export interface DecisionValues {
  number: string;
  title: string;
  signedOn: string | null;
  signer: string;
  issuer: string;
  effectiveOn: string | null;
  legalBasisEffectiveOn: string | null;
  legalBasis: Partial<LegalBasisItem>[];
  items: { procedureId?: string; action?: DecisionAction; replacedByProcedureId?: string | null }[];
  serviceListIds: string[];
}

export const emptyDecisionValues: DecisionValues = {
  number: '',
  title: '',
  signedOn: null,
  signer: '',
  issuer: 'Chủ tịch Ủy ban nhân dân tỉnh',
  effectiveOn: null,
  legalBasisEffectiveOn: null,
  legalBasis: [],
  items: [],
  serviceListIds: [],
};

export function decisionToValues(decision: PublicationDecision): DecisionValues {
  return {
    number: decision.number,
    title: decision.title,
    signedOn: decision.signedOn,
    signer: decision.signer ?? '',
    issuer: decision.issuer ?? '',
    effectiveOn: decision.effectiveOn,
    legalBasisEffectiveOn: decision.legalBasisEffectiveOn,
    legalBasis: decision.legalBasis.map((item) => ({ ...item })),
    items: decision.items.map((item) => ({ procedureId: item.procedureId, action: item.action, replacedByProcedureId: item.replacedBy?.id ?? null })),
    serviceListIds: decision.serviceLists.map((list) => list.id),
  };
}

export function valuesToDecisionBody(values: DecisionValues): DecisionInput {
  return {
    number: values.number.trim(),
    title: values.title.trim(),
    signedOn: values.signedOn ?? '',
    signer: values.signer.trim(),
    issuer: values.issuer.trim(),
    effectiveOn: values.effectiveOn ?? '',
    legalBasisEffectiveOn: values.legalBasisEffectiveOn ?? null,
    legalBasis: (values.legalBasis ?? []).map((item) => ({
      number: textOrNull(item.number),
      title: item.title?.trim() ?? '',
      issuedOn: item.issuedOn ?? null,
      issuer: textOrNull(item.issuer),
      effectiveOn: item.effectiveOn ?? null,
    })),
    items: (values.items ?? []).map((item) => ({
      procedureId: item.procedureId ?? '',
      action: item.action ?? 'new',
      replacedByProcedureId: item.action === 'replaced' ? (item.replacedByProcedureId ?? null) : null,
    })),
    serviceListIds: values.serviceListIds ?? [],
  };
}
