/** The "LIVE" mark of a story whose coverage goes on: on its page and on its cards. */
export function LiveBadge() {
  return (
    <span
      data-live-badge
      className="inline-flex items-center gap-1.5 rounded-sm bg-accent px-1.5 py-0.5 text-xs leading-none font-bold tracking-wider text-bg uppercase"
    >
      <span aria-hidden="true" className="size-1.5 rounded-full bg-bg" />
      Live
    </span>
  );
}
