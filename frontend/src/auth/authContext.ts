import { createContext } from 'react';
import type { AuthContextProps } from 'react-oidc-context';

/**
 * The session as the app sees it: react-oidc-context's value when the OIDC library is loaded (a stored session, the
 * login callback, or a click on "Đăng nhập"), an anonymous stand-in before that (src/auth/AuthSession.tsx). The app
 * reads it through `useSession`; tests provide it directly. Only the type comes from react-oidc-context, so that the
 * public entry does not carry the OIDC library (issue 17).
 */
export const AuthContext = createContext<AuthContextProps | undefined>(undefined);
