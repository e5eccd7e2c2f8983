const vnd = new Intl.NumberFormat('vi-VN');

/** Money is whole đồng: 1.500.000 ₫. */
export function formatVnd(amount: number): string {
  return `${vnd.format(amount)} ₫`;
}

export function formatVndNumber(amount: number): string {
  return vnd.format(amount);
}
