/** The sandbox gateway's pages: plain server-rendered HTML in Vietnamese, with no script. */

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** 1234000 → "1.234.000 đ". */
export const formatVnd = (amount: number) => `${String(Math.trunc(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`;

/** yyyyMMddHHmmss (Vietnam time) → "HH:mm dd/MM/yyyy". */
export const formatGatewayDate = (d: string) => (/^\d{14}$/.test(d) ? `${d.slice(8, 10)}:${d.slice(10, 12)} ${d.slice(6, 8)}/${d.slice(4, 6)}/${d.slice(0, 4)}` : '');

const styles = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;background:#eef2f7;color:#1f2933;line-height:1.5}
.bar{background:#004a8f;color:#fff;padding:12px 20px;display:flex;align-items:center;gap:12px}
.logo{width:40px;height:40px;border-radius:8px;background:#fff;color:#004a8f;font-weight:700;display:grid;place-items:center}
.bar p{margin:0}.brand{font-weight:700;font-size:1.05rem}.sub{font-size:.875rem}
main{max-width:560px;margin:24px auto;padding:0 16px}
h1{font-size:1.5rem;margin:0 0 12px}
h2{font-size:1.1rem;margin:0 0 12px}
.note{background:#fff8e1;border-left:4px solid #8a5a00;padding:10px 12px;margin:0 0 16px;color:#4d3200}
.card{background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.12);padding:20px;margin-bottom:16px}
dl{margin:0}
dl div{display:flex;justify-content:space-between;gap:16px;padding:8px 0;border-bottom:1px solid #e4e7eb}
dl div:last-child{border-bottom:0}
dt{color:#3e4c59}dd{margin:0;font-weight:600;text-align:right;overflow-wrap:anywhere}
.amount dd{font-size:1.5rem;color:#004a8f}
.actions{display:flex;gap:12px;flex-wrap:wrap}
button,.link{font:inherit;font-weight:600;border-radius:8px;padding:12px 20px;min-height:48px;cursor:pointer;text-decoration:none;display:inline-flex;align-items:center;justify-content:center}
.pay{background:#004a8f;color:#fff;border:2px solid #004a8f;flex:1 1 200px}
.pay:hover{background:#003466;border-color:#003466}
.cancel{background:#fff;color:#a8071a;border:2px solid #a8071a;flex:1 1 160px}
.cancel:hover{background:#fff1f0}
button:focus-visible,.link:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
.error{border-left:4px solid #a8071a}
footer{text-align:center;color:#3e4c59;font-size:.875rem;padding:16px}
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} — Cổng thanh toán thử nghiệm</title>
<style>${styles}</style>
</head>
<body>
<header class="bar">
<div class="logo" aria-hidden="true">SB</div>
<div><p class="brand">Cổng thanh toán thử nghiệm</p><p class="sub">Mô phỏng cổng thanh toán theo chuẩn VNPay</p></div>
</header>
<main>
${body}
</main>
<footer>Môi trường thử nghiệm (sandbox) — không có tiền thật được chuyển.</footer>
</body>
</html>`;
}

export interface PaymentPageModel {
  merchantName: string;
  txnRef: string;
  orderInfo: string;
  amount: number;
  expiresAt: string;
  /** Every signed parameter, posted back with the decision so the gateway checks them again. */
  params: Record<string, string>;
}

export function paymentPage(m: PaymentPageModel): string {
  const hidden = Object.entries(m.params).map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`).join('\n');
  const expires = formatGatewayDate(m.expiresAt);
  return layout('Thanh toán trực tuyến', `
<h1>Thanh toán trực tuyến</h1>
<p class="note">Đây là cổng thanh toán thử nghiệm: bấm “Thanh toán” để mô phỏng giao dịch thành công, không có tiền thật bị trừ.</p>
<section class="card" aria-labelledby="order-heading">
<h2 id="order-heading">Thông tin đơn hàng</h2>
<dl>
<div><dt>Đơn vị chấp nhận thanh toán</dt><dd>${escape(m.merchantName)}</dd></div>
<div><dt>Mã giao dịch</dt><dd>${escape(m.txnRef)}</dd></div>
<div><dt>Nội dung thanh toán</dt><dd>${escape(m.orderInfo)}</dd></div>
${expires ? `<div><dt>Hạn thanh toán</dt><dd>${escape(expires)}</dd></div>` : ''}
<div class="amount"><dt>Số tiền</dt><dd data-testid="gateway-amount">${escape(formatVnd(m.amount))}</dd></div>
</dl>
</section>
<form class="card" method="post" action="/sandbox-gateway/pay" aria-label="Xác nhận thanh toán">
${hidden}
<div class="actions">
<button type="submit" class="pay" name="decision" value="pay">Thanh toán</button>
<button type="submit" class="cancel" name="decision" value="cancel">Hủy giao dịch</button>
</div>
</form>`);
}

export function errorPage(message: string): string {
  return layout('Giao dịch không hợp lệ', `
<h1>Giao dịch không hợp lệ</h1>
<section class="card error" role="alert">
<p>${escape(message)}</p>
<p>Vui lòng quay lại trang của đơn vị bán hàng và thực hiện lại giao dịch.</p>
</section>`);
}
