import { DEMO_PASSWORD } from '@/lib/auth/demo-users';

export function DemoUserList({ users }: { users: { username: string; name: string; description?: string | undefined }[] }) {
  return (
    <section aria-labelledby="demo-users" className="mt-6 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm">
      <h2 id="demo-users" className="font-semibold text-amber-950">
        Demo users (password <code className="font-mono">{DEMO_PASSWORD}</code>)
      </h2>
      <ul className="mt-2 space-y-1">
        {users.map((user) => (
          <li key={user.username}>
            <code className="font-mono font-semibold">{user.username}</code> — {user.name}
            {user.description ? <span className="text-amber-900"> ({user.description})</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
