// Draws the publisher logo (public/logo.png, 512×512, referenced by
// lib/site.ts and JSON-LD) and the favicon (app/icon.png): a lantern mark in
// the masthead colours. Run once with `node scripts/make-logo.mjs`; the PNGs
// are committed.
import sharp from 'sharp';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="96" fill="#0d2240"/>
  <path d="M206 92h100v34h-100z" fill="#ffffff"/>
  <path d="M236 60h40v32h-40z" fill="#ffffff"/>
  <path d="M176 126h160l-20 40v196l20 40H176l20-40V166z" fill="#ffffff"/>
  <path d="M226 190h60v150h-60z" fill="#f5b700"/>
  <path d="M256 212c18 26 22 46 0 100-22-54-18-74 0-100z" fill="#b4271b"/>
  <path d="M196 402h120v30H196z" fill="#ffffff"/>
</svg>`;

const image = sharp(Buffer.from(svg));
await image.clone().resize(512, 512).png().toFile('public/logo.png');
await image.clone().resize(64, 64).png().toFile('app/icon.png');
