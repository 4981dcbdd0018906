// What Excel shows for a value under a number format (Range.text), for the formats found in real
// 自评表 workbooks: General, fixed decimals, thousands separators, percent, literal text, and the
// common date formats. Not a full implementation of Excel's format language.

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86400000;

/** Splits a format into its ';' sections, ignoring ';' inside quotes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

interface Pattern {
  prefix: string;
  digits: string;
  suffix: string;
}

/** Separates literal text (quoted, escaped, `_x` spacing) from the digit placeholders. */
function tokenize(section: string): Pattern {
  const pattern: Pattern = { prefix: '', digits: '', suffix: '' };
  const literal = (text: string) => {
    if (pattern.digits) pattern.suffix += text;
    else pattern.prefix += text;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') literal(section[++i] ?? '');
    else if (ch === '_') {
      literal(' ');
      i++;
    } else if (ch === '*') i++;
    else if (ch === '[') i = Math.max(i, section.indexOf(']', i));
    else if ('0#?.,'.includes(ch) && !pattern.suffix) pattern.digits += ch;
    else literal(ch);
  }
  return pattern;
}

/** Rounds half away from zero on the decimal digits Excel keeps (15 significant). */
function fixed(value: number, decimals: number): string {
  const exact = Number(value.toPrecision(15));
  const scaled = Number(`${Math.round(Number(`${exact}e${decimals}`))}e-${decimals}`);
  return scaled.toFixed(decimals);
}

function general(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9)
    return value
      .toExponential(5)
      .replace(/\.?0+e/, 'E')
      .replace('E', 'E+')
      .replace('+-', '-');
  return String(Number(value.toPrecision(10)));
}

function withPattern(value: number, pattern: Pattern): string {
  const percent = (pattern.prefix + pattern.suffix).includes('%');
  const scaled = percent ? value * 100 : value;
  const [intPart, decPart = ''] = pattern.digits.split('.');
  const maxDecimals = decPart.replace(/[^0#?]/g, '').length;
  const minDecimals = decPart.replace(/[^0]/g, '').length;
  let text = fixed(Math.abs(scaled), maxDecimals);
  if (maxDecimals > minDecimals) {
    const [i, d] = text.split('.');
    const trimmed = d.replace(/0+$/, '').padEnd(minDecimals, '0');
    text = trimmed ? `${i}.${trimmed}` : i + (decPart ? '.' : '');
  }
  const [whole, decimals] = text.split('.');
  let integer = whole === '0' && !intPart.includes('0') ? '' : whole;
  if (intPart.includes(',')) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digits = decimals === undefined ? integer : `${integer}.${decimals}`;
  return pattern.prefix + digits + pattern.suffix;
}

function isDateFormat(section: string): boolean {
  const bare = section.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(bare) || /h|s/i.test(bare);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDate(serial: number, section: string): string {
  const date = new Date(EXCEL_EPOCH_MS + Math.round(serial * MS_PER_DAY));
  const parts: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    yy: pad(date.getUTCFullYear() % 100, 2),
    mm: pad(date.getUTCMonth() + 1, 2),
    m: String(date.getUTCMonth() + 1),
    dd: pad(date.getUTCDate(), 2),
    d: String(date.getUTCDate()),
    hh: pad(date.getUTCHours(), 2),
    h: String(date.getUTCHours()),
    ss: pad(date.getUTCSeconds(), 2),
  };
  let out = '';
  let afterHour = false;
  const tokens = section.match(/"[^"]*"|\\.|\[[^\]]*\]|yyyy|yy|mm|m|dd|d|hh|h|ss|s|./gi) ?? [];
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (token.startsWith('\\')) out += token.slice(1);
    else if (token.startsWith('[')) continue;
    else if ((lower === 'mm' || lower === 'm') && afterHour) out += pad(date.getUTCMinutes(), lower.length);
    else if (lower in parts) out += parts[lower];
    else out += token;
    if (lower === 'h' || lower === 'hh') afterHour = true;
    else if (lower !== ':' && lower !== 'mm' && lower !== 'm') afterHour = false;
  }
  return out;
}

export function formatNumber(value: number, format: string): string {
  const all = sections(format || 'General');
  let section = all[0];
  let shown = value;
  if (value < 0 && all.length > 1) {
    section = all[1];
    shown = -value;
  } else if (value === 0 && all.length > 2) section = all[2];
  const sign = shown < 0 ? '-' : '';
  if (/^\s*general\s*$/i.test(section) || section.trim() === '') return general(value);
  if (section.trim() === '@') return general(value);
  if (isDateFormat(section)) return formatDate(shown, section);
  const pattern = tokenize(section);
  if (!pattern.digits) return pattern.prefix + pattern.suffix;
  return sign + withPattern(Math.abs(shown), pattern);
}

/** Range.text of one cell: what Excel displays for its value. */
export function displayText(value: string | number | boolean, format: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') {
    const textSection = sections(format)[3];
    return textSection === undefined ? value : textSection.replace(/@/g, value).replace(/"/g, '');
  }
  return formatNumber(value, format);
}
