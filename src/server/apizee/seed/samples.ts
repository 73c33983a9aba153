import type { MediaType } from '../../../contract/enums.ts';

/** One committed sample file (assets/medias/, made by scripts/make-sample-medias.sh). */
export interface SampleMedia {
  file: string;
  /** Its committed thumbnail, beside it; null where the placeholder stands in. */
  thumbnail: string | null;
  mimeType: string;
  mediaType: MediaType;
  width: number | null;
  height: number | null;
  /** Seconds, for videos and audio. */
  duration: number | null;
}

export const SAMPLE_PHOTOS: readonly SampleMedia[] = [
  {
    file: 'photo-landscape.jpg',
    thumbnail: 'photo-landscape.thumb.jpg',
    mimeType: 'image/jpeg',
    mediaType: 'image',
    width: 1600,
    height: 1200,
    duration: null,
  },
  {
    file: 'photo-portrait.jpg',
    thumbnail: 'photo-portrait.thumb.jpg',
    mimeType: 'image/jpeg',
    mediaType: 'image',
    width: 1080,
    height: 1440,
    duration: null,
  },
  {
    file: 'photo-square.jpg',
    thumbnail: 'photo-square.thumb.jpg',
    mimeType: 'image/jpeg',
    mediaType: 'image',
    width: 1200,
    height: 1200,
    duration: null,
  },
  {
    file: 'photo-small.jpg',
    thumbnail: 'photo-small.thumb.jpg',
    mimeType: 'image/jpeg',
    mediaType: 'image',
    width: 640,
    height: 480,
    duration: null,
  },
];

export const SAMPLE_SCREEN_CAPTURE: SampleMedia = {
  file: 'screen-capture.jpg',
  thumbnail: 'screen-capture.thumb.jpg',
  mimeType: 'image/jpeg',
  mediaType: 'image',
  width: 1280,
  height: 720,
  duration: null,
};

export const SAMPLE_RECORDINGS: readonly SampleMedia[] = [
  {
    file: 'recording-landscape.mp4',
    thumbnail: 'recording-landscape.thumb.jpg',
    mimeType: 'video/mp4',
    mediaType: 'video',
    width: 640,
    height: 360,
    duration: 8,
  },
  {
    file: 'recording-portrait.mp4',
    thumbnail: 'recording-portrait.thumb.jpg',
    mimeType: 'video/mp4',
    mediaType: 'video',
    width: 360,
    height: 640,
    duration: 6,
  },
  {
    file: 'recording-session.webm',
    thumbnail: 'recording-session.thumb.jpg',
    mimeType: 'video/webm',
    mediaType: 'video',
    width: 480,
    height: 270,
    duration: 5.008,
  },
];

export const SAMPLE_AUDIO: SampleMedia = {
  file: 'audio-note.m4a',
  thumbnail: null,
  mimeType: 'audio/mp4',
  mediaType: 'audio',
  width: null,
  height: null,
  duration: 4,
};

export const ALL_SAMPLES: readonly SampleMedia[] = [
  ...SAMPLE_PHOTOS,
  SAMPLE_SCREEN_CAPTURE,
  ...SAMPLE_RECORDINGS,
  SAMPLE_AUDIO,
];
