/** The icons in public/icons/icons.svg. */
export type IconName =
  | 'today'
  | 'calendar'
  | 'collection'
  | 'pen'
  | 'chart'
  | 'settings'
  | 'user'
  | 'sign-out'
  | 'sign-in'
  | 'eye'
  | 'eye-off'
  | 'swap'
  | 'print'
  | 'plus';

/** A decorative icon from the sprite: hidden from screen readers, so the text beside it names the action. */
export function Icon(props: { name: IconName }) {
  return (
    <svg class="icon" aria-hidden="true" focusable="false" width="20" height="20">
      <use href={`/public/icons/icons.svg#${props.name}`} />
    </svg>
  );
}
