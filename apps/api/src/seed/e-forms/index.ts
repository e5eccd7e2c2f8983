/**
 * The e-forms the demo province ships with its catalog: JSON Schema files (one per official declaration form) and
 * the procedures whose variants get each one. The national records carry no e-forms; a province adds them, as here,
 * and edits them in the back office's form builder. Forms are written from the official templates cited in each
 * file's `description`.
 */
import { readFile } from 'node:fs/promises';

/** Procedure code → e-form file (without `.json`). */
export const DEMO_E_FORM_FILES: Readonly<Record<string, string>> = {
  '1.000426': 'giay-de-nghi-cap-the-tu-van-vien-phap-luat', // Cấp thẻ tư vấn viên pháp luật
  '1.001193': 'to-khai-dang-ky-khai-sinh', // Đăng ký khai sinh
  '1.000656': 'to-khai-dang-ky-khai-tu', // Đăng ký khai tử
  '1.000894': 'to-khai-dang-ky-ket-hon', // Đăng ký kết hôn
  '1.010041': 'ct01-to-khai-thay-doi-thong-tin-cu-tru', // Xác nhận thông tin về cư trú
  '1.010039': 'ct01-to-khai-thay-doi-thong-tin-cu-tru', // Điều chỉnh thông tin về cư trú (same form CT01)
  '2.000942': 'phieu-yeu-cau-chung-thuc-ban-sao', // Cấp bản sao có chứng thực từ bản chính
  '1.001612': 'giay-de-nghi-dang-ky-ho-kinh-doanh', // Đăng ký thành lập hộ kinh doanh
  '1.013229': 'don-de-nghi-cap-giay-phep-xay-dung', // Cấp giấy phép xây dựng (sửa chữa, cải tạo) cấp III, IV
  '1.013236': 'don-de-nghi-cap-giay-phep-xay-dung', // Cấp giấy phép xây dựng mới công trình cấp đặc biệt, I, II (province level)
};

export const eFormFileUrl = (file: string): URL => new URL(`./${file}.json`, import.meta.url);

/** The demo's e-forms by procedure code, each file read once. */
export async function loadDemoEForms(): Promise<Map<string, Record<string, unknown>>> {
  const files = new Map<string, Record<string, unknown>>();
  for (const file of new Set(Object.values(DEMO_E_FORM_FILES))) files.set(file, JSON.parse(await readFile(eFormFileUrl(file), 'utf8')) as Record<string, unknown>);
  return new Map(Object.entries(DEMO_E_FORM_FILES).map(([code, file]) => [code, files.get(file)!]));
}
