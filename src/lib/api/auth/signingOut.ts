/**
 * Whether this page is signing out. Its own live stream then says `session.ended` too (the session it
 * is ending): that must not send the page to the sign-in as "expired" before the sign-out's answer
 * says what was ended. Set until the next sign-in, or until the sign-out fails.
 */
let signingOut = false;

export function isSigningOut(): boolean {
  return signingOut;
}

export function noteSigningOut(on: boolean): void {
  signingOut = on;
}
