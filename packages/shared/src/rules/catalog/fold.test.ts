import { describe, expect, it } from 'vitest';
import { foldVietnamese, searchWords, slugOf } from './fold.ts';

describe('Vietnamese folding for search', () => {
  it.each([
    ['Đăng ký kết hôn', 'dang ky ket hon'],
    ['ĐĂNG KÝ KẾT HÔN', 'dang ky ket hon'],
    ['đường bộ', 'duong bo'],
    ['Thủ tục  cấp   Giấy phép xây dựng', 'thu tuc cap giay phep xay dung'],
    ['Cấp lại (do mất, hỏng)', 'cap lai do mat hong'],
    ['1.000894', '1.000894'],
    ['Mã 1.000178.H19.', 'ma 1.000178.h19'],
    ['Quyết định 766/QĐ-TTg', 'quyet dinh 766 qd ttg'],
    ['Hợp tác xã', 'hop tac xa'],
    ['Ưu đãi người có công', 'uu dai nguoi co cong'],
    // Decomposed input (NFD) folds the same as precomposed.
    ['Đăng ký'.normalize('NFD'), 'dang ky'],
    ['%_*', ''],
  ])('folds %j to %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('splits into distinct words in order', () => {
    expect(searchWords('Đăng ký, đăng KÝ lại')).toEqual(['dang', 'ky', 'lai']);
    expect(searchWords('  ')).toEqual([]);
  });

  it('makes URL-safe codes', () => {
    expect(slugOf('Hộ tịch')).toBe('ho-tich');
    expect(slugOf('Quản lý vũ khí, vật liệu nổ')).toBe('quan-ly-vu-khi-vat-lieu-no');
  });
});
