import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AppConfig } from '@safeguard/config';
import { createApiApp } from './api.app';

async function main(): Promise<void> {
  const app = await createApiApp();
  const { PORT } = app.get(AppConfig).app;
  await app.listen(PORT, '0.0.0.0');
  Logger.log(`Safeguard Hub api on http://localhost:${PORT}/graphql`, 'Api');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
