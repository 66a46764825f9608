// Volumetry refuses input it cannot measure honestly (a point that is not a number, an image without
// geometry), with a stable code the reading API passes on. Doubtful but measurable input (overlapping
// contours, a missing phase) gives warnings instead, listed with the result.
import { DomainError } from '../../platform/domain-error.ts';

export type VolumetryErrorCode =
  | 'volumetry.too-many-contours'
  | 'volumetry.invalid-contour'
  | 'volumetry.duplicate-contour-id'
  | 'volumetry.not-finite'
  | 'volumetry.point-outside-image'
  | 'volumetry.frame-not-supported'
  | 'volumetry.geometry-missing'
  | 'volumetry.invalid-geometry'
  | 'volumetry.too-many-images'
  | 'volumetry.invalid-image'
  | 'volumetry.invalid-seed';

export class VolumetryInputError extends DomainError {
  constructor(
    override readonly code: VolumetryErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super('invalid', code, message, extra);
    this.name = 'VolumetryInputError';
  }
}
