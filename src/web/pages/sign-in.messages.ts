import { defineMessages } from '../i18n/define-messages.ts';

export const signInMessages = defineMessages({
  en: {
    title: 'Sign in',
    intro: 'Sign in with the name and password your administrator gave you.',
    name: 'User name',
    password: 'Password',
    submit: 'Sign in',
    working: 'Signing in…',
    rejected: 'That name and password do not match an active account. Check both and try again.',
    nameRequired: 'Enter your user name.',
    passwordRequired: 'Enter your password.',
  },
  es: {
    title: 'Iniciar sesión',
    intro: 'Inicie sesión con el nombre y la contraseña que le dio su administrador.',
    name: 'Nombre de usuario',
    password: 'Contraseña',
    submit: 'Iniciar sesión',
    working: 'Iniciando sesión…',
    rejected: 'Ese nombre y esa contraseña no corresponden a una cuenta activa. Revise ambos e intente de nuevo.',
    nameRequired: 'Escriba su nombre de usuario.',
    passwordRequired: 'Escriba su contraseña.',
  },
});
