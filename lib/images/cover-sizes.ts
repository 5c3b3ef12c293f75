/**
 * The `sizes` attribute for a picture cropped to a box (object-fit: cover).
 *
 * The browser picks a file from `srcset` by the width `sizes` names, but a
 * cropped picture must be wider than its box whenever the picture is wider
 * in shape than the box: a 16:9 picture in a 4:3 box is scaled until its
 * height fills the box, so a third of its width is cut off and the file must
 * be a third wider than the box, or it is blown up and blurry.
 */
type Slot = {
  /** A media condition such as `(min-width: 640px)`; the last slot has none. */
  media?: string;
  /** The box's CSS width in px under that condition. */
  width: number;
};

export function coverWidth(image: { width: number; height: number }, boxRatio: number, boxWidth: number): number {
  if (!(image.width > 0 && image.height > 0 && boxRatio > 0 && boxWidth > 0)) {
    throw new RangeError('image size, box ratio and box width must be positive');
  }
  return Math.ceil(boxWidth * Math.max(1, image.width / image.height / boxRatio));
}

export function coverSizes(image: { width: number; height: number }, boxRatio: number, slots: Slot[]): string {
  if (!slots.length || slots.at(-1)!.media) throw new RangeError('the last slot is the default and has no media condition');
  return slots.map(({ media, width }) => `${media ? `${media} ` : ''}${coverWidth(image, boxRatio, width)}px`).join(', ');
}
