/** The message carrying a verification code: plain Vietnamese by e-mail, one line without diacritics by SMS. */
import { formatInstantVi, parseInstant, type ContactChannel } from '@motcua/shared';
import { CODE_VALID_MINUTES } from './contact-code.ts';

export const CONTACT_CODE_TEMPLATE = 'contact_verification';

export interface ContactCodeMessage {
  subject: string;
  text: string;
}

export function contactCodeMessage(input: { channel: ContactChannel; fullName: string; code: string; expiresAt: string; profileUrl: string; registration?: boolean }): ContactCodeMessage {
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
      `Mã có hiệu lực ${CODE_VALID_MINUTES} phút, đến ${formatInstantVi(parseInstant(input.expiresAt))} (giờ Việt Nam). ${input.registration ? 'Nhập mã tại trang đăng ký để hoàn tất đăng ký tài khoản.' : `Nhập mã tại trang Thông tin tài khoản: ${input.profileUrl}`}`,
      '',
      'Không đưa mã này cho bất kỳ ai, kể cả cán bộ: cơ quan nhà nước không bao giờ hỏi mã này.',
      'Nếu bạn không đăng ký hoặc không sửa tài khoản trên Cổng dịch vụ công, hãy bỏ qua thư này: địa chỉ của bạn sẽ không nhận thông báo hồ sơ nào nếu chưa được xác minh.',
      '',
      'Thư gửi tự động từ Cổng dịch vụ công, vui lòng không trả lời.',
    ].join('\n'),
  };
}

/**
 * To the owner of an e-mail or phone someone tried to register again: registration answers alike whether an address
 * is new or taken, so the owner is the one told (and learns that someone tried).
 */
export function registrationNoticeMessage(input: { channel: ContactChannel; fullName: string; loginUrl: string }): ContactCodeMessage {
  if (input.channel === 'phone') {
    return {
      subject: '',
      text: `Co nguoi vua dang ky tai khoan Cong dich vu cong bang so dien thoai nay, so da co tai khoan. Neu la ban, hay dang nhap: ${input.loginUrl}`,
    };
  }
  return {
    subject: 'Có người đăng ký tài khoản bằng địa chỉ của bạn – Cổng dịch vụ công',
    text: [
      `Kính gửi Ông/Bà ${input.fullName},`,
      '',
      'Vừa có người đăng ký tài khoản Cổng dịch vụ công bằng địa chỉ thư điện tử này. Địa chỉ này đã có tài khoản nên không có tài khoản mới nào được tạo.',
      '',
      `Nếu đó là bạn: hãy đăng nhập tại ${input.loginUrl}. Nếu quên mật khẩu, hãy đăng nhập bằng định danh điện tử hoặc liên hệ Bộ phận Một cửa để được cấp lại.`,
      'Nếu không phải bạn: bạn không cần làm gì, tài khoản của bạn không bị thay đổi.',
      '',
      'Thư gửi tự động từ Cổng dịch vụ công, vui lòng không trả lời.',
    ].join('\n'),
  };
}
