// @ts-check
// The demo site (Eksempelvik, with the example guidelines) uses the package exactly as a municipality's site does.
import { defineConfig } from 'astro/config';
import handbok from 'handbok-sosiale-medier';
import config from './handbok.config.ts';

export default defineConfig({ integrations: [handbok(config)] });
