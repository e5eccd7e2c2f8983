/**
 * Realistic declarations for the e-forms shipped with the demo (one valid answer set per form), for the tests that
 * check the forms and for the acceptance test that applies online for every adopted procedure.
 */
export const requester = { fullName: 'Trần Văn Bình', citizenId: '051090001234', residence: 'Thôn An Phú, xã Tịnh Khê, tỉnh Quảng Ngãi', phone: '0912345678' };
const parent = (fullName: string, birthYear: number) => ({ fullName, birthYear, ethnicity: 'Kinh', nationality: 'Việt Nam', residence: 'Thôn An Phú, xã Tịnh Khê, tỉnh Quảng Ngãi' });
export const BIRTH = {
  requester: { ...requester, relation: 'Cha' },
  child: {
    fullName: 'Trần Minh An', birthDate: '2026-11-02', gender: 'male', ethnicity: 'Kinh', nationality: 'Việt Nam', birthPlaceKind: 'facility',
    birthFacility: 'Bệnh viện Sản - Nhi tỉnh Quảng Ngãi', birthPlace: 'Phường Cẩm Thành, tỉnh Quảng Ngãi', hometown: 'Xã Tịnh Khê, tỉnh Quảng Ngãi',
  },
  mother: parent('Nguyễn Thị Hoa', 1995), fatherKnown: true, father: parent('Trần Văn Bình', 1992), surrogacy: false, wantsCopies: true, copyCount: 2,
};

export const DEATH = {
  requester: { ...requester, relation: 'Con' },
  deceased: {
    fullName: 'Trần Văn Cường', birthDate: '1940-03-15', gender: 'male', ethnicity: 'Kinh', nationality: 'Việt Nam', lastResidence: 'Thôn An Phú, xã Tịnh Khê, tỉnh Quảng Ngãi',
    deathDate: '2026-11-20', deathTime: '14:30', deathPlace: 'Tại nhà, thôn An Phú, xã Tịnh Khê', cause: 'Bệnh già',
  },
  deathNoticeKind: 'notice', noticeNumber: '15/GBT', noticeDate: '2026-11-21', noticeIssuer: 'Trạm Y tế xã Tịnh Khê', wantsCopies: false,
};
const spouse = (fullName: string, birthDate: string, citizenId: string) => ({ fullName, birthDate, ethnicity: 'Kinh', nationality: 'Việt Nam', residence: 'Xã Tịnh Khê, tỉnh Quảng Ngãi', citizenId, marriageCount: 1 });
export const MARRIAGE = { bride: spouse('Nguyễn Thị Hoa', '1998-04-01', '051198001111'), groom: spouse('Trần Văn Bình', '1996-09-09', '051096002222'), differentResidence: false, wantsCopies: false };
export const person = { fullName: 'Trần Văn Bình', birthDate: '1992-02-02', gender: 'male', citizenId: '051092001234', phone: '0912345678', email: 'binh@example.vn' };
export const RESIDENCE = { person, household: { headName: 'Trần Văn Bình', relation: 'Chủ hộ', headCitizenId: '051092001234' }, request: 'confirm', confirmWhat: ['permanent'], address: 'Thôn An Phú, xã Tịnh Khê, tỉnh Quảng Ngãi' };
export const CERTIFIED_COPY = { requester: { fullName: 'Trần Văn Bình', citizenId: '051092001234' }, role: 'party', document: { title: 'Hợp đồng mua bán xe máy', copyCount: 2 } };
export const HOUSEHOLD_BUSINESS = {
  business: { name: 'Hộ kinh doanh Bình An', address: 'Số 5 Quang Trung, xã Tịnh Khê, tỉnh Quảng Ngãi', activities: '5610 - Nhà hàng và các dịch vụ ăn uống phục vụ lưu động', capital: 100_000_000 },
  owner: { fullName: 'Trần Văn Bình', birthDate: '1992-02-02', gender: 'male', ethnicity: 'Kinh', nationality: 'Việt Nam', citizenId: '051092001234', address: 'Thôn An Phú, xã Tịnh Khê' },
  byFamily: false, taxCommitment: true,
};
export const BUILDING_PERMIT = {
  permitKind: 'repair',
  investor: { name: 'Trần Văn Bình', address: 'Thôn An Phú, xã Tịnh Khê', phone: '0912345678' },
  site: { name: 'Nhà ở riêng lẻ', parcel: 'Thửa 125, tờ bản đồ số 7', landArea: 120.5, address: 'Thôn An Phú, xã Tịnh Khê, tỉnh Quảng Ngãi' },
  design: {},
  content: { grade: 'IV', groundFloorArea: 80, totalFloorArea: 160, height: 8.5, floors: 2 },
  repair: { currentState: 'Nhà cấp 4 mái ngói xuống cấp', works: 'Nâng thêm 1 tầng, thay mái' },
  months: 6, commitment: true,
};

export const FORM_1_000426 = { fullName: 'Nguyễn Thị Hồng Nhung', dateOfBirth: '1990-05-12', yearsOfPractice: 4, centre: { name: 'Trung tâm tư vấn pháp luật Quảng Ngãi' } };

/** A valid declaration per procedure code that ships an e-form. */
export const SAMPLE_DECLARATIONS: Record<string, Record<string, unknown>> = {
  '1.001193': BIRTH, '1.000656': DEATH, '1.000894': MARRIAGE, '1.010041': RESIDENCE, '1.010039': RESIDENCE, '2.000942': CERTIFIED_COPY,
  '1.001612': HOUSEHOLD_BUSINESS, '1.013229': BUILDING_PERMIT, '1.013236': BUILDING_PERMIT, '1.000426': FORM_1_000426,
};
