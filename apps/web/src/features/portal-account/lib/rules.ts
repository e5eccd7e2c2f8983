import { newPasswordSchema } from '@motcua/shared';
import type { FormRule as Rule } from 'antd';
import { toIsoDate } from './paths';

/** The server's length rule (packages/shared); the breached-password list is checked by the server only. */
export const passwordRule = (message: string): Rule => ({
  validator: (_, value: string | undefined) => (!value || newPasswordSchema.safeParse(value).success ? Promise.resolve() : Promise.reject(new Error(message))),
});

/** Only the shape is checked here; the server checks the province code, century and birth year and says which is wrong. */
export const citizenIdRule = (message: string): Rule => ({ pattern: /^\s*\d{12}\s*$/, message });

export const birthDateRule = (message: string): Rule => ({
  validator: (_, value: string | undefined) => (!value?.trim() || toIsoDate(value) ? Promise.resolve() : Promise.reject(new Error(message))),
});
