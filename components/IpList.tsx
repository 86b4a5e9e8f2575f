export function IpList({ ips, label }: { ips: readonly string[]; label: string }) {
  return (
    <ul class="ips" aria-label={label}>
      {ips.map((ip) => (
        <li key={ip}>
          <code>{ip}</code>
        </li>
      ))}
    </ul>
  );
}
