/** Test data for the requirement rules of the web app (not bundled: only tests import it). */
import type { RequirementLine } from '@motcua/shared';

const base = { group: 'submit' as const, originals: 1, copies: 0, condition: null, caseKey: null, caseQuestion: null, alternativeGroup: null, channels: null };
/** Birth registration (1.001193) as the control officer classified it, shortened. */
export const birthLines: RequirementLine[] = [
  { ...base, position: 0, kind: 'required', name: 'Tờ khai đăng ký khai sinh theo mẫu', channels: ['in_person', 'postal'] },
  { ...base, position: 1, kind: 'required', name: 'Mẫu hộ tịch điện tử tương tác đăng ký khai sinh', channels: ['online'] },
  { ...base, position: 2, kind: 'alternative', name: 'Giấy chứng sinh', alternativeGroup: 1 },
  { ...base, position: 3, kind: 'alternative', name: 'Văn bản của người làm chứng xác nhận về việc sinh', alternativeGroup: 1 },
  { ...base, position: 4, kind: 'conditional', name: 'Văn bản ủy quyền (được chứng thực)', caseKey: 'uy-quyen', caseQuestion: 'Có ủy quyền cho người khác đi đăng ký không?' },
  { ...base, position: 5, kind: 'conditional', name: 'Biên bản về việc trẻ bị bỏ rơi', caseKey: 'bo-roi', condition: 'Trường hợp trẻ em bị bỏ rơi' },
  { ...base, position: 6, kind: 'optional', name: 'Giấy tờ chứng minh nơi cư trú', originals: 0, copies: 1 },
  { ...base, position: 7, kind: 'note', name: 'Bản chụp phải rõ nét, đầy đủ', originals: 0 },
  { ...base, position: 8, kind: 'required', group: 'present', name: 'Hộ chiếu/Thẻ căn cước/Căn cước điện tử' },
];
