/** The message carrying a verification code: plain Vietnamese by e-mail, one line without diacritics by SMS. */
import { formatInstantVi, parseInstant, type ContactChannel } from '@motcua/shared';
import { CODE_VALID_MINUTES } from './contact-code.ts';

export const CONTACT_CODE_TEMPLATE = 'contact_verification';

export interface ContactCodeMessage {
  subject: string;
  text: string;
}

export function contactCodeMessage(input: { channel: ContactChannel; fullName: string; code: string; expiresAt: string; profileUrl: string }): ContactCodeMessage {
  const what = input.channel === 'email' ? 'địa chỉ thư điện tử' : 'số điện thoại';
  if (input.channel === 'phone') {
    return {
      subject: '',
      text: `Ma xac minh so dien thoai tai Cong dich vu cong: ${input.code}. Hieu luc ${CODE_VALID_MINUTES} phut. Khong dua ma nay cho bat ky ai.`,
    };
  }
  return {
    subject: 'Mã xác minh địa chỉ thư điện tử – Cổng dịch vụ công',
    text: [
      `Kính gửi Ông/Bà ${input.fullName},`,
      '',
      `Mã xác minh ${what} của tài khoản Cổng dịch vụ công là: ${input.code}`,
      '',
      `Mã có hiệu lực ${CODE_VALID_MINUTES} phút, đến ${formatInstantVi(parseInstant(input.expiresAt))} (giờ Việt Nam). Nhập mã tại trang Thông tin tài khoản: ${input.profileUrl}`,
      '',
      'Không đưa mã này cho bất kỳ ai, kể cả cán bộ: cơ quan nhà nước không bao giờ hỏi mã này.',
      'Nếu bạn không đăng ký hoặc không sửa tài khoản trên Cổng dịch vụ công, hãy bỏ qua thư này: địa chỉ của bạn sẽ không nhận thông báo hồ sơ nào nếu chưa được xác minh.',
      '',
      'Thư gửi tự động từ Cổng dịch vụ công, vui lòng không trả lời.',
    ].join('\n'),
  };
}
