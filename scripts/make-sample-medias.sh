#!/usr/bin/env bash
# Makes the sample medias committed under assets/medias/ (photos, recordings and their thumbnails).
# Needs Debian's ffmpeg and ImageMagick:  apt-get update && apt-get install -y ffmpeg imagemagick
# The runtime never needs these tools: the seed points media rows at the committed files and reuses
# the committed thumbnails. Every input is a generated test pattern, so the output holds no EXIF data,
# no location and no personal content (images are written with -strip).
# Usage: bash scripts/make-sample-medias.sh [output-dir]   (default assets/medias)
set -euo pipefail

out="${1:-assets/medias}"
mkdir -p "$out"
font="DejaVu-Sans-Bold"
fontfile="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
thumb_size="320x320"

# photo NAME WIDTH HEIGHT BACKGROUND LABEL
photo() {
  local name="$1" width="$2" height="$3" background="$4" label="$5"
  convert -size "${width}x${height}" -seed 42 "$background" \
    -gravity center -font "$font" -pointsize $((width / 14)) \
    -fill white -stroke black -strokewidth 2 -annotate +0+0 "$label" \
    -strip -sampling-factor 4:2:0 -interlace JPEG -quality 72 "$out/$name.jpg"
}

photo photo-landscape 1600 1200 "plasma:steelblue-orange" "Meter 4711"
photo photo-portrait 1080 1440 "plasma:seagreen-khaki" "Valve B-12"
photo photo-square 1200 1200 "gradient:navy-skyblue" "Label OK"
photo photo-small 640 480 "plasma:firebrick-gold" "Serial 0042"
photo screen-capture 1280 720 "gradient:gray20-gray60" "Screen capture"

# video NAME WIDTH HEIGHT SECONDS TONE_HZ FORMAT
video() {
  local name="$1" width="$2" height="$3" seconds="$4" tone="$5" format="$6"
  local text="drawtext=fontfile=${fontfile}:text='%{pts\\:hms}':x=20:y=20:fontsize=28:fontcolor=white:box=1:boxcolor=black@0.5"
  local inputs=(-f lavfi -i "testsrc2=size=${width}x${height}:rate=24:duration=${seconds}"
    -f lavfi -i "sine=frequency=${tone}:sample_rate=44100:duration=${seconds}")
  if [ "$format" = mp4 ]; then
    ffmpeg -loglevel error -y "${inputs[@]}" -vf "$text" -c:v libx264 -profile:v main -pix_fmt yuv420p \
      -crf 32 -preset veryslow -c:a aac -b:a 48k -ac 1 -movflags +faststart -shortest "$out/$name.mp4"
  else
    ffmpeg -loglevel error -y "${inputs[@]}" -vf "$text" -c:v libvpx-vp9 -b:v 0 -crf 45 -row-mt 1 \
      -c:a libopus -b:a 32k -ac 1 -shortest "$out/$name.webm"
  fi
}

video recording-landscape 640 360 8 440 mp4
video recording-portrait 360 640 6 660 mp4
video recording-session 480 270 5 550 webm

# A voice-note style audio recording (AAC in MP4), so the audio media type has a real file.
ffmpeg -loglevel error -y -f lavfi -i "sine=frequency=330:sample_rate=44100:duration=4" \
  -c:a aac -b:a 48k -ac 1 -movflags +faststart "$out/audio-note.m4a"

# Thumbnails: images scaled down; videos get a poster frame taken one second in.
for image in "$out"/photo-*.jpg "$out"/screen-capture.jpg; do
  convert "$image" -thumbnail "${thumb_size}>" -strip -quality 70 "${image%.jpg}.thumb.jpg"
done
for clip in "$out"/recording-*.mp4 "$out"/recording-*.webm; do
  base="${clip%.*}"
  ffmpeg -loglevel error -y -ss 1 -i "$clip" -frames:v 1 -vf "scale='min(320,iw)':-2" -q:v 6 "$base.thumb.jpg"
done

# The neutral placeholder served for a video or audio media without a poster frame.
convert -size 320x180 xc:gray25 -gravity center -font "$font" -pointsize 64 -fill gray70 \
  -annotate +0+0 "▶" -strip -quality 70 "$out/placeholder.thumb.jpg"

du -ch "$out"/* | tail -1
