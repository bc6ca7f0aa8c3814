// Makes an element (the map area) accept dropped files: `<main {@attach fileDrop(importer)}>`.
// While files are dragged over it `importer.dragging` is true, so a hint can be shown.
import type { Attachment } from 'svelte/attachments';
import type { Importer } from './importer.svelte.ts';
import { carriesFiles } from './early-drop.ts';

export function fileDrop(importer: Importer): Attachment<HTMLElement> {
  return (element) => {
    const over = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      importer.dragging = true;
    };
    const leave = (event: DragEvent): void => {
      const to = event.relatedTarget;
      if (!(to instanceof Node) || !element.contains(to)) importer.dragging = false;
    };
    const drop = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      importer.dragging = false;
      const files = event.dataTransfer?.files;
      if (files && files.length > 0) importer.importFiles(files);
    };
    element.addEventListener('dragenter', over);
    element.addEventListener('dragover', over);
    element.addEventListener('dragleave', leave);
    element.addEventListener('drop', drop);
    return () => {
      element.removeEventListener('dragenter', over);
      element.removeEventListener('dragover', over);
      element.removeEventListener('dragleave', leave);
      element.removeEventListener('drop', drop);
    };
  };
}
