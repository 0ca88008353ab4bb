/** `2021-10-13` → `2021年10月13日`. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** An integer from 0 to 99 in Chinese numerals, as in 十八周岁; undefined outside that range. */
export function hanziNumber(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 99) return undefined;
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}
