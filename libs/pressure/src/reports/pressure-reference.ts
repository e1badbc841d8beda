/** The reference people quote on the phone: PR-17. */
export function pressureReference(seq: string | number): string {
  return `PR-${seq}`;
}
