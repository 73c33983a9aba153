export default function TicketsListPage() {
  return null;
}
