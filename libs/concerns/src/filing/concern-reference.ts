/** The reference people quote on the phone: SC-1042. */
export function concernReference(seq: string | number): string {
  return `SC-${seq}`;
}
