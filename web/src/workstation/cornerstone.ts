// Cornerstone3D started once per page: the core (WebGL when the browser has it, its CPU renderer when
// not — headless Chromium with --disable-gpu may have no WebGL), the tools, and our image loader.
import { getShouldUseCPURendering, init as initCore } from '@cornerstonejs/core';
import {
  addTool,
  EllipticalROITool,
  init as initTools,
  LengthTool,
  PanTool,
  PlanarFreehandROITool,
  ProbeTool,
  RectangleROITool,
  SplineROITool,
  WindowLevelTool,
  ZoomTool,
} from '@cornerstonejs/tools';
import { registerCorelabImages } from './image-loader';

export type RenderMode = 'gpu' | 'cpu';

let started: RenderMode | null = null;

export const TOOLS = [WindowLevelTool, PanTool, ZoomTool, LengthTool, ProbeTool, RectangleROITool, EllipticalROITool, PlanarFreehandROITool, SplineROITool];

/** Starts Cornerstone (once) and says whether it draws with WebGL or on the CPU. */
export function startCornerstone(): RenderMode {
  if (started) return started;
  // init() itself falls back to the CPU renderer when no WebGL context can be had.
  initCore();
  initTools();
  for (const tool of TOOLS) addTool(tool);
  registerCorelabImages();
  started = getShouldUseCPURendering() ? 'cpu' : 'gpu';
  return started;
}
