import { timeLimitUnitLabels, type CatalogTimeLimit, type Channel, type ChannelOffer, type Fee, type ParseIssue } from '@motcua/shared';
import { clean, closeParen, excerpt, parseVnd, type FieldOutcome } from './text.ts';

const HEADER = 'Hình thức nộpThời gianPhí, lệ phíMô tả';
const channelNames: Record<string, Channel> = { 'Trực tiếp': 'in_person', 'Trực tuyến': 'online', 'Dịch vụ bưu chính': 'postal' };
/** A channel cell starts a row only when a time cell (a number or "no information") follows it. */
const ROW_START = /(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(?=\s*(?:\d|Không có thông tin))/g;
const TIME = /^\s*(\d+(?:[.,]\d+)?)\s*(Ngày làm việc|Giờ làm việc|Ngày|Giờ|Tháng|Tuần|Năm)?/;
const MONEY = /^(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(Việt Nam Đồng|VNĐ|VND|đồng|Đồng)/;
const FOREIGN = /^(\d[\d.,]*)\s*(USD|EUR)/;
/** A time limit written in a description ("Trong thời hạn 05 ngày làm việc"). */
const TIME_IN_TEXT = /(\d+(?:,\d+)?)\s*(ngày làm việc|giờ làm việc|ngày|giờ|tháng)/i;

export interface ChannelsParse {
  channels: ChannelOffer[];
  fees: Fee[];
  timeNote: string | null;
}

function unitOf(word: string | undefined): { unit: CatalogTimeLimit['unit']; factor: number } | null {
  switch ((word ?? '').toLowerCase()) {
    case 'ngày làm việc': return { unit: 'working_days', factor: 1 };
    case 'giờ làm việc': case 'giờ': return { unit: 'working_hours', factor: 1 };
    case 'ngày': return { unit: 'days', factor: 1 };
    case 'tuần': return { unit: 'days', factor: 7 };
    case 'tháng': return { unit: 'months', factor: 1 };
    case 'năm': return { unit: 'months', factor: 12 };
    default: return null;
  }
}

const roundHalf = (n: number) => Math.round(n * 2) / 2;

/** "((text))" → "text": the portal doubles the brackets of some notes. */
function unwrap(group: string): string {
  let g = group.trim();
  while (g.startsWith('(') && closeParen(g, 0) === g.length) g = g.slice(1, -1).trim();
  return g;
}

/** A bare number in the time cell takes its unit from the description when that states the same number. */
function unitFromText(value: number, text: string): { unit: CatalogTimeLimit['unit']; factor: number } | null {
  for (const m of text.matchAll(new RegExp(TIME_IN_TEXT.source, 'gi'))) {
    if (Number(m[1]!.replace(',', '.')) === value) return unitOf(m[2]);
  }
  return null;
}

function feeFrom(channel: Channel, head: 'free' | 'amount' | 'foreign' | 'none', amount: number | null, label: string | null, note: string | null): Fee | null {
  if (head === 'none') return note ? { channel, kind: 'other', amount: null, label: null, note, exemptions: exemptionsIn(note) } : null;
  const byCouncil = note !== null && /Hội đồng nhân dân|HĐND/i.test(note);
  if (head === 'free') return { channel, kind: byCouncil ? 'set_by_council' : 'free', amount: null, label, note, exemptions: exemptionsIn(note) };
  if (head === 'foreign') return { channel, kind: 'other', amount: null, label, note, exemptions: exemptionsIn(note) };
  return { channel, kind: 'amount', amount, label, note, exemptions: exemptionsIn(note) };
}

/** Sentences exempting someone ("Miễn lệ phí cho người thuộc hộ nghèo…"), not a plain "free". */
function exemptionsIn(note: string | null): string | null {
  if (!note) return null;
  const sentences = note.split(/(?<=[.;])\s+/).filter((s) => /(miễn (phí|lệ phí)|được miễn|không thu).*(cho|đối với|trường hợp)/i.test(s));
  return sentences.length ? sentences.join(' ').trim() : null;
}

/** Splits "12" + "0,000 VNĐ" glued cells: the time is the shortest prefix leaving a well-formed amount. */
function splitGluedTime(digits: string): { time: string; money: string } | null {
  for (let i = 1; i < digits.length; i++) {
    const money = digits.slice(i);
    if (/^[1-9]\d{0,2}(,\d{3})*$/.test(money)) return { time: digits.slice(0, i), money };
  }
  return null;
}

interface Row {
  channel: Channel;
  body: string;
}

function parseRow(row: Row, issues: ParseIssue[]): { offer: ChannelOffer; fee: Fee | null; clean: boolean } {
  let rest = row.body;
  let timeLimit: CatalogTimeLimit | null = null;
  let ok = true;
  let fee: Fee | null = null;
  const glued = rest.match(/^(\d[\d,]*)\s*(Việt Nam Đồng|VNĐ|VND)/);
  if (glued && !TIME.exec(rest)?.[2]) {
    const split = splitGluedTime(glued[1]!);
    if (split) {
      timeLimit = { value: Number(split.time), unit: 'working_days' };
      issues.push({ field: 'cach_thuc_thuc_hien', message: `${row.channel}: thời hạn không ghi đơn vị, coi là ngày làm việc` });
      rest = `${split.money} ${rest.slice(glued[0].length - glued[2]!.length)}`;
    }
  } else if (rest.startsWith('Không có thông tin')) {
    rest = rest.slice('Không có thông tin'.length);
  } else {
    const t = TIME.exec(rest);
    if (t) {
      const value = Number(t[1]!.replace(',', '.'));
      const unit = unitOf(t[2]) ?? unitFromText(value, rest.slice(t[0].length));
      if (!unit) issues.push({ field: 'cach_thuc_thuc_hien', message: `${row.channel}: thời hạn không ghi đơn vị, coi là ngày làm việc` });
      timeLimit = { value: roundHalf(value * (unit?.factor ?? 1)), unit: unit?.unit ?? 'working_days' };
      rest = rest.slice(t[0].length);
    }
  }
  // Fee cell.
  let head: 'free' | 'amount' | 'foreign' | 'none' | null = null;
  let amount: number | null = null;
  let label: string | null = null;
  const money = MONEY.exec(rest);
  const foreign = FOREIGN.exec(rest);
  if (rest.startsWith('Miễn phí')) { head = 'free'; rest = rest.slice('Miễn phí'.length); }
  else if (rest.startsWith('Không có thông tin')) { head = 'none'; rest = rest.slice('Không có thông tin'.length); }
  else if (money) { head = 'amount'; amount = parseVnd(money[1]!); label = money[0]; rest = rest.slice(money[0].length); }
  else if (foreign) { head = 'foreign'; label = foreign[0]; rest = rest.slice(foreign[0].length); }
  else if (/^\s*(VNĐ|Việt Nam Đồng)/.test(rest)) { head = 'none'; rest = rest.replace(/^\s*(VNĐ|Việt Nam Đồng)/, ''); }
  else { ok = false; issues.push({ field: 'cach_thuc_thuc_hien', message: `${row.channel}: không đọc được phí, lệ phí`, excerpt: excerpt(rest) }); }
  let note: string | null = null;
  // The parenthesis after a fee explains it; after "no information" it opens the description ("(1) Trường hợp…").
  if (rest.startsWith('(') && head && head !== 'none' && !/^\([\divx]{1,4}\)/i.test(rest)) {
    const end = closeParen(rest, 0);
    const stop = end === -1 ? rest.length : end;
    note = clean(unwrap(rest.slice(0, stop)));
    rest = rest.slice(stop);
  }
  if (head) fee = feeFrom(row.channel, head, amount, label, note);
  const description = clean(rest);
  if (!timeLimit && description) {
    const t = TIME_IN_TEXT.exec(description);
    const unit = t ? unitOf(t[2]) : null;
    if (t && unit) timeLimit = { value: roundHalf(Number(t[1]!.replace(',', '.')) * unit.factor), unit: unit.unit };
  }
  return { offer: { channel: row.channel, timeLimit, description }, fee, clean: ok };
}

/** `cach_thuc_thuc_hien`: a table of channel, time, fee, description rows concatenated without separators. */
export function parseChannels(text: string): FieldOutcome<ChannelsParse> {
  const empty = { channels: [], fees: [], timeNote: null };
  const body = clean(text);
  if (!body) return { value: empty, status: 'absent', issues: [] };
  const t = body.startsWith(HEADER) ? body.slice(HEADER.length) : body;
  const starts = [...t.matchAll(ROW_START)];
  if (starts.length === 0) {
    return { value: empty, status: clean(t) ? 'unparsed' : 'absent', issues: clean(t) ? [{ field: 'cach_thuc_thuc_hien', message: 'Không nhận ra cách thức thực hiện', excerpt: excerpt(t) }] : [] };
  }
  const issues: ParseIssue[] = [];
  if (starts[0]!.index! > 0 && clean(t.slice(0, starts[0]!.index))) {
    issues.push({ field: 'cach_thuc_thuc_hien', message: 'Có nội dung trước dòng cách thức đầu tiên', excerpt: excerpt(t.slice(0, starts[0]!.index)) });
  }
  const channels: ChannelOffer[] = [];
  const fees: Fee[] = [];
  let allClean = issues.length === 0;
  starts.forEach((m, i) => {
    const channel = channelNames[m[1]!]!;
    const bodyText = t.slice(m.index! + m[0].length, starts[i + 1]?.index ?? t.length);
    const row = parseRow({ channel, body: bodyText }, issues);
    allClean &&= row.clean;
    if (row.fee) fees.push(row.fee);
    const existing = channels.find((c) => c.channel === channel);
    if (!existing) return void channels.push(row.offer);
    // Several rows for one channel are sub-cases: keep the first time limit, note the others.
    const other = row.offer.timeLimit ? `${row.offer.timeLimit.value} ${timeLimitUnitLabels[row.offer.timeLimit.unit].toLowerCase()}` : null;
    const extra = [other ? `Thời hạn khác: ${other}` : null, row.offer.description].filter(Boolean).join('. ');
    if (extra) existing.description = existing.description ? `${existing.description}\n${extra}` : extra;
    existing.timeLimit ??= row.offer.timeLimit;
  });
  const status = !allClean ? 'partial' : issues.length > 0 ? 'partial' : 'parsed';
  return { value: { channels, fees, timeNote: null }, status, issues };
}
