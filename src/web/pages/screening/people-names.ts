// Names instead of ids on the screening page: the signed-in user's own name, and for a supervisor the officers of
// their office (GET /api/v1/office/officers); anyone else shows as a short id. Nationalities by their country's name
// in the reader's language (the browser's own Intl.DisplayNames over the ISO code the case carries).
import { api, unwrap } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { useSession } from '../../session.tsx';

/** A user's name by id, or the first characters of the id when this reader has no list that names them. */
export function usePeopleNames(): (id: string) => string {
  const { user } = useSession();
  const isSupervisor = user?.role === 'supervisor';
  const [officers] = useApi(
    () => (isSupervisor ? unwrap(api.GET('/api/v1/office/officers')) : Promise.resolve({ items: [] })),
    [isSupervisor],
  );
  const names = new Map<string, string>(
    officers.state === 'ready' ? officers.data.items.map((o) => [o.id, o.name]) : [],
  );
  if (user) names.set(user.id, user.name);
  return (id) => names.get(id) ?? id.slice(0, 8);
}

/** A country's name from its ISO 3166 code (the code itself if the browser does not know it). */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
