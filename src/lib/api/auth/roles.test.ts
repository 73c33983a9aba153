import { canSupervise, isAdmin, mainRole, roleLabel } from './roles.ts';

const t = (key: string) =>
  ({ 'role.agent': 'Agent', 'role.supervisor': 'Supervisor', 'role.admin': 'Admin' })[key] ?? key;

describe('roles', () => {
  it('ranks the known roles and ignores unknown ones', () => {
    expect(mainRole({ roles: ['agent', 'supervisor'] })).toBe('supervisor');
    expect(mainRole({ roles: ['expert', 'agent'] })).toBe('agent');
    expect(mainRole({ roles: ['expert'] })).toBeNull();
    expect(mainRole({ roles: [] })).toBeNull();
  });

  it('an unknown role grants nothing', () => {
    const expert = { roles: ['expert'] };
    expect(isAdmin(expert)).toBe(false);
    expect(canSupervise(expert)).toBe(false);
  });

  it('shows the highest known role, or the unknown roles as they are', () => {
    expect(roleLabel({ roles: ['expert', 'admin'] }, t)).toBe('Admin');
    expect(roleLabel({ roles: ['expert'] }, t)).toBe('expert');
  });
});
