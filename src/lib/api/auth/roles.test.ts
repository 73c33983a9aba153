import {
  canAssignToSelf,
  canSupervise,
  canWork,
  isAdmin,
  mainRole,
  restrictedAssignment,
  roleLabel,
} from './roles.ts';

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

describe('assignment rules', () => {
  const support = { id: 1, name: 'Support' };
  const claims = { id: 3, name: 'Claims' };
  const agent = {
    id: 7,
    username: 'agent1',
    email: 'a@acme.test',
    firstname: 'Ann',
    lastname: 'Agent',
    roles: ['agent'],
    groups: [support],
  };
  const ticket = (patch: Partial<Parameters<typeof canAssignToSelf>[1]> = {}) => ({
    state: 'open',
    agent: null,
    group: support,
    ...patch,
  });

  it('offers Assign to me only when the server would accept it', () => {
    expect(canAssignToSelf(agent, ticket())).toBe(true);
    expect(canAssignToSelf(agent, ticket({ group: null }))).toBe(true);
    expect(canAssignToSelf(agent, ticket({ group: claims }))).toBe(false);
    expect(canAssignToSelf(agent, ticket({ state: 'closed' }))).toBe(false);
    expect(
      canAssignToSelf(agent, ticket({ agent: { id: 7, username: 'agent1', firstname: '', lastname: '' } })),
    ).toBe(false);
    expect(canAssignToSelf({ ...agent, roles: ['expert'] }, ticket())).toBe(false);
  });

  it('restricts agents to themselves in their groups; supervisors choose from the directory', () => {
    const choices = restrictedAssignment(agent);
    expect(choices?.groups).toEqual([support]);
    expect(choices?.users.map((user) => user.id)).toEqual([7]);
    expect(restrictedAssignment({ ...agent, roles: ['expert'] })?.users).toEqual([]);
    expect(restrictedAssignment({ ...agent, roles: ['supervisor'] })).toBeNull();
    expect(restrictedAssignment({ ...agent, roles: ['admin'] })).toBeNull();
    expect(canWork({ roles: ['expert'] })).toBe(false);
  });
});
