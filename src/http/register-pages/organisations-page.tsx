// Every local government in the register, with how many systems it leads or takes part in.
import type { RegisterOrganisation } from '../../register/index.js';
import { RegisterLayout } from './register-layout.js';

/** Renders /register/organisaties. */
export function OrganisationsPage(props: { organisations: RegisterOrganisation[] }) {
  return (
    <RegisterLayout title="Per bestuur" current="/register/organisaties">
      <h1>Per bestuur</h1>
      <p class="lead">Alle gemeenten, steden en organisaties die een gepubliceerde fiche hebben, als trekker of als partner.</p>
      <table>
        <caption>{`${props.organisations.length} besturen en organisaties`}</caption>
        <thead><tr><th scope="col">Bestuur</th><th scope="col" class="num">Toepassingen</th><th scope="col" class="num">Waarvan als trekker</th></tr></thead>
        <tbody>
          {props.organisations.map((o) => (
            <tr>
              <th scope="row"><a href={`/register/organisaties/${o.slug}`}>{o.name}</a></th>
              <td class="num">{o.entryCount}</td>
              <td class="num">{o.leadCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </RegisterLayout>
  );
}
