const vnd = new Intl.NumberFormat('vi-VN');

/** Whole đồng, as gateways and receipts print it: "1.234.000 đ". */
export function formatVnd(amount: number): string {
  return `${vnd.format(amount)} đ`;
}
