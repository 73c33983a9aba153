import { savedSessionUsers, authFile, signInByApi, test } from './fixtures.ts';

for (const user of savedSessionUsers) {
  test(`sign in ${user} once for every spec`, async ({ request }) => {
    await signInByApi(request, user);
    await request.storageState({ path: authFile(user) });
  });
}
