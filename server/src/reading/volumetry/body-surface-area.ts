// Body surface area for indexed values: Mosteller, BSA (m²) = √(height (cm) × weight (kg) / 3600).

/** Heights (m) and weights (kg) outside these bounds are not a person's: no BSA rather than a wrong one. */
const HEIGHT_M = { min: 0.3, max: 2.5 };
const WEIGHT_KG = { min: 1, max: 400 };

export function bodySurfaceArea(heightM: number, weightKg: number): number | undefined {
  if (!Number.isFinite(heightM) || !Number.isFinite(weightKg)) return undefined;
  if (heightM < HEIGHT_M.min || heightM > HEIGHT_M.max || weightKg < WEIGHT_KG.min || weightKg > WEIGHT_KG.max) return undefined;
  return Math.sqrt((heightM * 100 * weightKg) / 3600);
}
