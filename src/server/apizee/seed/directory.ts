import bcrypt from 'bcryptjs';
import type { Role } from '../../../contract/enums.ts';
import type { Database } from '../db/database.ts';
import {
  insertEnterprise,
  insertGroup,
  insertGroupMember,
  insertService,
  insertUser,
} from '../directory/repository.ts';
import type { Random } from './random.ts';

export const DEMO_PASSWORD = 'Demo-pass-1';

interface UserSpec {
  username: string;
  firstname: string;
  lastname: string;
  role: Role;
  phone: string;
  groups: string[];
}

interface EnterpriseSpec {
  name: string;
  domain: string;
  groups: string[];
  services: { name: string; default: boolean }[];
  users: UserSpec[];
}

/** The demo tenants: every role in Acme, a small second enterprise to prove isolation. */
export const DEMO_ENTERPRISES: readonly EnterpriseSpec[] = [
  {
    name: 'Acme Assistance',
    domain: 'acme-assistance.example',
    groups: ['Support', 'Field experts', 'Claims'],
    services: [
      { name: 'Video assistance', default: true },
      { name: 'Remote inspections', default: false },
    ],
    users: [
      {
        username: 'admin',
        firstname: 'Claire',
        lastname: 'Rousseau',
        role: 'admin',
        phone: '+33170000001',
        groups: [],
      },
      {
        username: 'supervisor',
        firstname: 'Marc',
        lastname: 'Lemaire',
        role: 'supervisor',
        phone: '+33170000002',
        groups: ['Support', 'Field experts'],
      },
      {
        username: 'agent1',
        firstname: 'Julie',
        lastname: 'Martin',
        role: 'agent',
        phone: '+33170000011',
        groups: ['Support'],
      },
      {
        username: 'agent2',
        firstname: 'Karim',
        lastname: 'Benali',
        role: 'agent',
        phone: '+33170000012',
        groups: ['Support', 'Field experts'],
      },
      {
        username: 'agent3',
        firstname: 'Sophie',
        lastname: 'Laurent',
        role: 'agent',
        phone: '+33170000013',
        groups: ['Field experts', 'Claims'],
      },
    ],
  },
  {
    name: 'Globex',
    domain: 'globex.example',
    groups: ['Globex Support'],
    services: [{ name: 'Globex video support', default: true }],
    users: [
      {
        username: 'globex-admin',
        firstname: 'Hank',
        lastname: 'Scorpio',
        role: 'admin',
        phone: '+14155550101',
        groups: [],
      },
      {
        username: 'globex-agent',
        firstname: 'Frank',
        lastname: 'Grimes',
        role: 'agent',
        phone: '+14155550102',
        groups: ['Globex Support'],
      },
    ],
  },
];

export interface SeededUser {
  id: number;
  username: string;
  role: Role;
  email: string;
  phone: string;
  firstname: string;
  lastname: string;
}

export interface SeededEnterprise {
  id: number;
  name: string;
  users: SeededUser[];
  groups: { id: number; name: string; members: SeededUser[] }[];
  services: { id: number; default: boolean }[];
}

function serviceKey(random: Random): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from({ length: 32 }, () => alphabet[random.int(0, alphabet.length - 1)]).join('');
}

/** Inserts enterprises, groups, services and users. The demo password is hashed once for all users. */
export function seedDirectory(
  db: Database,
  random: Random,
  now: number,
  passwordCost = 10,
): SeededEnterprise[] {
  const passwordHash = bcrypt.hashSync(DEMO_PASSWORD, passwordCost);
  return DEMO_ENTERPRISES.map((spec) => {
    const enterpriseId = insertEnterprise(db, spec.name);
    const groups = spec.groups.map((name) => ({
      id: insertGroup(db, enterpriseId, name),
      name,
      members: [] as SeededUser[],
    }));
    const services = spec.services.map((service) => ({
      id: insertService(db, {
        enterpriseId,
        key: serviceKey(random),
        name: service.name,
        isDefault: service.default,
      }),
      default: service.default,
    }));
    const users = spec.users.map((userSpec) => {
      const email = `${userSpec.firstname}.${userSpec.lastname}@${spec.domain}`.toLowerCase();
      const { firstname, lastname, role, phone, username } = userSpec;
      const id = insertUser(db, {
        enterprise_id: enterpriseId,
        username,
        email,
        phone,
        firstname,
        lastname,
        role,
        password_hash: passwordHash,
        created_at: now,
      });
      const user: SeededUser = { id, username, role, email, phone, firstname, lastname };
      for (const groupName of userSpec.groups) {
        const group = groups.find((g) => g.name === groupName)!;
        insertGroupMember(db, group.id, id);
        group.members.push(user);
      }
      return user;
    });
    return { id: enterpriseId, name: spec.name, users, groups, services };
  });
}
