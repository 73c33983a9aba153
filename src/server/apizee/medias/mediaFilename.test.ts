import { describe, expect, it } from 'vitest';
import { createUniqueNamer, mediaExtension, mediaFilename } from './mediaFilename.ts';

describe('mediaFilename', () => {
  it('adds the file extension unless the title ends with it', () => {
    expect(mediaFilename('Meter', '.jpg', 'media-1')).toBe('Meter.jpg');
    expect(mediaFilename('meter.JPG', '.jpg', 'media-1')).toBe('meter.JPG');
    expect(mediaFilename('', '.mp4', 'media-7')).toBe('media-7.mp4');
    expect(mediaFilename('a/b', '.jpg', 'm')).toBe('a_b.jpg');
  });

  it('takes the extension from the stored file, else from the MIME type', () => {
    expect(mediaExtension('medias/samples/clip.WEBM', 'video/webm')).toBe('.webm');
    expect(mediaExtension(null, 'video/mp4')).toBe('.mp4');
    expect(mediaExtension(null, 'application/x-unknown')).toBe('');
  });
});

describe('createUniqueNamer', () => {
  it('numbers duplicates the way file managers do', () => {
    const unique = createUniqueNamer();
    expect(['photo.jpg', 'photo.jpg', 'Photo.JPG', 'photo (2).jpg', 'notes', 'notes'].map(unique)).toEqual([
      'photo.jpg',
      'photo (2).jpg',
      'Photo (3).JPG',
      'photo (2) (2).jpg',
      'notes',
      'notes (2)',
    ]);
  });
});
