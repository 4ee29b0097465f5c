'use client';
import { useRef, useState, type DragEvent } from 'react';

/** Handlers that make an element a drop target for files, and whether files are over it now. */
export interface FileDrop {
  dragging: boolean;
  onDragEnter(event: DragEvent<HTMLElement>): void;
  onDragOver(event: DragEvent<HTMLElement>): void;
  onDragLeave(event: DragEvent<HTMLElement>): void;
  onDrop(event: DragEvent<HTMLElement>): void;
}

// Dragged text or links stay the textarea's business; only a drag that carries files is ours.
const carriesFiles = (event: DragEvent<HTMLElement>) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * Drop-target state for files. `dragenter`/`dragleave` fire for every child the pointer crosses, so
 * a counter (not a boolean) tells when the pointer really left the target.
 */
export function useFileDrop(onFiles: (files: File[]) => void): FileDrop {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  return {
    dragging,
    onDragEnter(event) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setDragging(true);
    },
    onDragOver(event) {
      // Without preventDefault on dragover the browser refuses the drop.
      if (carriesFiles(event)) event.preventDefault();
    },
    onDragLeave(event) {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    },
    onDrop(event) {
      const files = Array.from(event.dataTransfer?.files ?? []);
      depth.current = 0;
      setDragging(false);
      if (files.length === 0) return;
      event.preventDefault();
      onFiles(files);
    },
  };
}
