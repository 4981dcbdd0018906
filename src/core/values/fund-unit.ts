// 项目资金 is printed in 万元 or in 元: converting between them is exact in decimal arithmetic
// (a shift by four places), so no amount is rounded on the way.

import { Decimal } from './decimal';
import type { FundUnit } from '../model/vocabulary';

export type { FundUnit };

const YUAN_PER_WAN = new Decimal(10000);

/** An amount in `from` units expressed in `to` units. */
export function convertAmount(amount: Decimal, from: FundUnit, to: FundUnit): Decimal {
  if (from === to) return amount;
  return from === '元' ? amount.div(YUAN_PER_WAN) : amount.times(YUAN_PER_WAN);
}
