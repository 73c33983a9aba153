import form from '../messages/form.ts';
import { registerMessages } from '../registry.ts';

/** The create and edit pages' messages. */
export function registerFormMessages(): void {
  registerMessages(form);
}
