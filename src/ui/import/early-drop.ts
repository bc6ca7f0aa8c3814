// Files dropped on the map before the data tools have arrived (they are fetched once the map is idle)
// are kept and handed over with `onfiles`, so such a drop is not lost, and the browser does not open
// the file in place of the atlas. Part of the first load, so it knows nothing of the importer.
import type { Attachment } from 'svelte/attachments';

export function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function earlyDrop(onfiles: (files: File[]) => void): Attachment<HTMLElement> {
  return (element) => {
    const over = (event: DragEvent): void => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) onfiles(files);
    };
    element.addEventListener('dragover', over);
    element.addEventListener('drop', drop);
    return () => {
      element.removeEventListener('dragover', over);
      element.removeEventListener('drop', drop);
    };
  };
}
