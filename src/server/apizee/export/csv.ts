// The escaping is shared with the browser's report export: one rule, in the contract.
export { csvCell, toCsv } from '../../../contract/csv.ts';
